"""Order pipeline: a chain of closures transforms orders, then a summary."""

ORDERS = [
    {"id": 1, "customer": "kim", "items": [("pen", 3, 1.20), ("pad", 1, 4.50)], "coupon": None},
    {"id": 2, "customer": "lee", "items": [("ink", 10, 2.00)], "coupon": "TEN"},
    {"id": 3, "customer": "kim", "items": [], "coupon": None},
    {"id": 4, "customer": "max", "items": [("pen", 1, 1.20)], "coupon": "BOGUS"},
    {"id": 5, "customer": "lee", "items": [("pad", 4, 4.50), ("pen", 2, 1.20)], "coupon": "HALF"},
]
COUPONS = {"TEN": lambda t: t * 0.9, "HALF": lambda t: t / 2}


def require_items(order):
    if not order["items"]:
        raise ValueError("order has no items")
    return order


def subtotal(order):
    order["subtotal"] = round(sum(q * p for _, q, p in order["items"]), 2)
    return order


def discount(order):
    code = order["coupon"]
    order["total"] = order["subtotal"] if code is None else round(COUPONS[code](order["subtotal"]), 2)
    return order


def make_tax(rate):
    def tax(order):
        order["total"] = round(order["total"] * (1 + rate), 2)
        return order
    return tax


def pipeline(*steps):
    def run(order):
        for step in steps:
            order = step(order)
        return order
    return run


process = pipeline(require_items, subtotal, discount, make_tax(0.08))

if __name__ == "__main__":
    done, failed = [], []
    for order in ORDERS:
        try:
            done.append(process(dict(order)))
        except ValueError as e:
            failed.append((order["id"], f"ValueError: {e}"))
        except KeyError as e:
            failed.append((order["id"], f"unknown coupon {e}"))
    for o in sorted(done, key=lambda o: o["total"], reverse=True):
        print(f"order {o['id']} {o['customer']:<4} subtotal {o['subtotal']:>6.2f} total {o['total']:>6.2f}")
    for oid, why in failed:
        print(f"order {oid} failed: {why}")
    per_customer = {}
    for o in done:
        per_customer[o["customer"]] = round(per_customer.get(o["customer"], 0) + o["total"], 2)
    print(per_customer)

per_customer
