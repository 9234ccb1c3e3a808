price = 10
tax = price × 0.2
print(tax)
