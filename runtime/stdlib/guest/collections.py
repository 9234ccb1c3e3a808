# collections for the sandbox: a placeholder package so that `import collections.abc` (the file
# guest/collections.abc.py) finds its parent. The containers (deque, Counter, defaultdict, namedtuple,
# OrderedDict, ChainMap) belong here; replace this file when they are written.
