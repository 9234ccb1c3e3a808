import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-2.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth("x"))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
x = []
print(op.is_(x, x), op.is_not(x, []), op.contains([1, 2], 2), op.contains("abc", "d"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(5, 9))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d, op.getitem([1, 2, 3], slice(1, None)))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iadd(1, 2), op.imul("ab", 2), op.iconcat([0], (1,)), op.ior({1}, {2}), op.isub(5, 7))
print(op.call(max, 3, 9, 4), op.__add__(1, 1), op.__not__(1), op.__getitem__("ab", 0))
for call in [lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.index(1.5), lambda: op.indexOf([1], 2),
             lambda: op.countOf(1, 2), lambda: op.add(1, "a"), lambda: op.length_hint(1, "a"), lambda: op.iconcat(1, 2),
             lambda: op.truediv(1, 0), lambda: op.getitem({}, "k")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
