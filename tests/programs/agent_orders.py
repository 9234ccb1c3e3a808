# An agent-style program: a class hierarchy, a custom exception, a generator pipeline, a match over
# JSON-shaped records, and a dataclass. `fetch(key)` is a host function (tests/test_language_pauses.py
# calls it from CPython directly and from monty_peg through pauses, dumps and loads).
from dataclasses import dataclass, field


class OrderError(ValueError):
    def __init__(self, order_id, reason):
        super().__init__(f"order {order_id}: {reason}")
        self.order_id = order_id


@dataclass(order=True)
class LineItem:
    sku: str
    quantity: int
    price: float = 0.0

    @property
    def total(self):
        return round(self.quantity * self.price, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)

    def total(self):
        return round(sum(item.total for item in self.items), 2)


class Pricer:
    def __init__(self, currency):
        self.currency = currency

    def price(self, sku):
        return fetch("price:" + sku)  # a host call inside a method


class DiscountPricer(Pricer):
    def __init__(self, currency, percent):
        super().__init__(currency)
        self.percent = percent

    def price(self, sku):
        return round(super().price(sku) * (100 - self.percent) / 100, 2)


def records(keys):
    for key in keys:
        record = fetch("record:" + key)  # a host call inside a generator
        if record is not None:
            yield record


def parse(record, pricer):
    match record:
        case {"id": int(order_id), "customer": str(name), "lines": [*lines]} if lines:
            order = Order(order_id, name)
            for line in lines:
                match line:
                    case {"sku": sku, "qty": int(qty)} if qty > 0:
                        order.items.append(LineItem(sku, qty, pricer.price(sku)))
                    case {"sku": sku, "qty": qty}:
                        raise OrderError(order_id, f"bad quantity {qty!r} for {sku}")
                    case _:
                        raise OrderError(order_id, f"malformed line {line!r}")
            return order
        case {"id": order_id, "lines": []}:
            raise OrderError(order_id, "no lines")
        case {"id": order_id}:
            raise OrderError(order_id, "incomplete record")
        case _:
            raise OrderError(None, f"not an order: {record!r}")


def process(keys, pricer):
    good, errors = [], []
    for record in records(keys):
        try:
            good.append(parse(record, pricer))
        except OrderError as e:
            errors.append((e.order_id, str(e)))
    return good, errors


orders, problems = process(["a", "b", "c", "d", "e", "f"], DiscountPricer("EUR", 10))
for order in sorted(orders, key=lambda o: -o.total()):
    print(order.order_id, order.customer, order.total(), sorted(order.items)[0])
print(problems)
summary = {o.customer: o.total() for o in orders}
summary
