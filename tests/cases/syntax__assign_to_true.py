flag = False
True = flag
