# A trailing comma on the last print still ends the output with a newline at exit.
print 'first line'
print 'pending', 'line',
