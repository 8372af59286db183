# imported relatively by mpkg's __main__ and tool
VALUE = 42
