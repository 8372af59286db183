# A decorator whose block ends the file: "unexpected unindent" with no caret.
class Q:
    @staticmethod
