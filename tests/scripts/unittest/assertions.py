# unittest assertion methods: CPython's failure messages (shortened reprs, msg suffix, sequence/set/dict details)
import unittest
class T(unittest.TestCase):
    def runTest(self):
        pass
t = T()
checks = [
    lambda: t.assertEqual(1, 2), lambda: t.assertEqual(1, 2, 'custom'), lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0), lambda: t.assertFalse([1]), lambda: t.assertIs(1, None), lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5), lambda: t.assertIsNotNone(None), lambda: t.assertIn(3, [1, 2]), lambda: t.assertNotIn(1, (1,)),
    lambda: t.assertIsInstance(1, str), lambda: t.assertNotIsInstance(1, int), lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2), lambda: t.assertLess(2, 1), lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1), lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1), lambda: t.assertAlmostEqual(1.0, 1.01, places=3),
    lambda: t.assertNotAlmostEqual(1.0, 1.0 + 1e-9), lambda: t.assertNotAlmostEqual(1.0, 1.05, delta=0.1),
    lambda: t.assertEqual('a' * 100, 'a' * 99 + 'b'), lambda: t.assertEqual(list(range(50)), list(range(49)) + [0]),
    lambda: t.assertSetEqual({1, 2}, {2, 3}), lambda: t.assertSetEqual({1}, set()), lambda: t.assertSetEqual(1, set()),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]), lambda: t.assertCountEqual([[1], 2], [2, [1], [1]]),
    lambda: t.assertSequenceEqual((1, 2), (1, 2, 3)), lambda: t.assertSequenceEqual([1, 2, 3], [1]),
    lambda: t.assertListEqual([1], (1,)), lambda: t.assertTupleEqual((1,), [1]), lambda: t.assertDictEqual({}, []),
    lambda: t.assertMultiLineEqual(1, 'x'), lambda: t.fail(), lambda: t.fail('explicit'),
    lambda: t.assertRaises(ValueError, int, '5'), lambda: t.assertRaises(ValueError, lambda: None),
    lambda: t.assertRaises(KeyError, {}.__getitem__, 1) or print('raised ok'),
    lambda: t.assertAlmostEqual(1, 2, places=1, delta=1),
]
for check in checks:
    try:
        check()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', e)
    except TypeError as e:
        print('TypeError:', e)
    print('-' * 10)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError, msg='note'):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise IndexError('passes through')
except IndexError as e:
    print('IndexError', e)
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
