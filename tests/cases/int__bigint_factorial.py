# Big integer results from loops: factorial, fibonacci, and digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f50 = fact(50)
print(f50)
print(fact(30) // fact(28))
print(sum(int(d) for d in str(fact(100))))
print(len(str(fact(200))))
print(fib(100), fib(200))
print(fib(300) % 1000000007)
print(str(fact(25)).count("0"), str(fact(25)).rstrip("0"))
n = fact(40)
zeros = 0
while n % 10 == 0:
    n //= 10
    zeros += 1
print(zeros, n % 1000)
print(fact(20) == 2432902008176640000, fact(21) > 2**64)
print(fib(90) * fib(91) - fib(92) * fib(89))
fact(22) - fact(21) * 22
