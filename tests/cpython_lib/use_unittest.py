# CPython's unittest module, its pure-Python source unmodified, on hotpy: TestCase, assertions, skip, subTest, TextTestRunner report
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import unittest
assert unittest.__file__.startswith("/usr/lib/python3.11/"), unittest.__file__
import io
class T(unittest.TestCase):
    def setUp(self): self.x = 1
    def test_ok(self): self.assertEqual(self.x, 1)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_raises(self):
        with self.assertRaises(KeyError): {}['a']
    @unittest.skip('why')
    def test_skip(self): pass
    def test_sub(self):
        for i in range(2):
            with self.subTest(i=i): self.assertTrue(i < 5)
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print('\n'.join(l for l in buf.getvalue().splitlines() if not l.startswith('Ran ') and 'File "' not in l))
print(r.testsRun, len(r.failures), len(r.skipped), r.wasSuccessful())
