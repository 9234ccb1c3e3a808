"""Inventory report: restock planning over a small product table."""

PRODUCTS = {
    "A100": {"name": "widget", "qty": 12, "price": 2.50, "min": 20},
    "B200": {"name": "gadget", "qty": 40, "price": 7.25, "min": 10},
    "C300": {"name": "doohickey", "qty": 0, "price": 15.00, "min": 5},
    "D400": {"name": "gizmo", "qty": 7, "price": 3.10, "min": 7},
    "E500": {"name": "sprocket", "qty": 3, "price": 0.95, "min": 50},
}


def value_of(rec):
    return rec["qty"] * rec["price"]


def needs_restock(rec):
    return rec["qty"] < rec["min"]


def restock_plan(products, batch=10):
    plan = {}
    for sku, rec in products.items():
        if needs_restock(rec):
            missing = rec["min"] - rec["qty"]
            batches = -(-missing // batch)
            plan[sku] = batches * batch
    return plan


def report(products):
    lines = [f"{'SKU':<6}{'name':<11}{'qty':>5}{'value':>10}"]
    for sku, rec in sorted(products.items(), key=lambda kv: -value_of(kv[1])):
        flag = " *" if needs_restock(rec) else ""
        lines.append(f"{sku:<6}{rec['name']:<11}{rec['qty']:>5}{value_of(rec):>10.2f}{flag}")
    total = sum(value_of(r) for r in products.values())
    lines.append(f"{'total':<22}{total:>10.2f}")
    return "\n".join(lines)


def main():
    print(report(PRODUCTS))
    plan = restock_plan(PRODUCTS)
    print("restock plan:")
    for sku in sorted(plan):
        cost = plan[sku] * PRODUCTS[sku]["price"]
        print(f"  {sku}: order {plan[sku]:>3} units (cost {cost:.2f})")
    try:
        print(PRODUCTS["Z999"])
    except KeyError as e:
        print("unknown sku", e)
    return plan


if __name__ == "__main__":
    result = main()

sum(result.values())
