# CPython's configparser module, its pure-Python source unmodified, on hotpy: read_string, sections, interpolation, typed getters, write
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import configparser
assert configparser.__file__.startswith("/usr/lib/python3.11/"), configparser.__file__
import io
cp = configparser.ConfigParser()
cp.read_string('[DEFAULT]\nbase = /opt\n[app]\npath = %(base)s/app\nport = 8080\ndebug = yes\n[empty]\n')
print(cp.sections(), cp['app']['path'], cp.getint('app', 'port'), cp.getboolean('app', 'debug'), cp.get('empty', 'base'))
cp['new'] = {'k': 'v'}; out = io.StringIO(); cp.write(out); print(out.getvalue())
try:
    cp.get('app', 'missing')
except configparser.NoOptionError as e:
    print(e)
