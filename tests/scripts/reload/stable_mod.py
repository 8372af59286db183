value = 'fixed'
raise ValueError('half way')
count = 3
