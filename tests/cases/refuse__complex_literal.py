z = 1j
print(z * z)

# monty-expect-error: SyntaxError: complex numbers are not supported
# monty-why: the sandbox has no complex type; the imaginary literal is refused at compile time
