# logging.config.dictConfig: formatters, filters, handlers (ext:// streams), loggers, root, propagation, disabling, errors
import logging, logging.config, sys
old = logging.getLogger('old.module')
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
                   'curly': {'format': '[{levelname}] {message}', 'style': '{'}},
    'filters': {'only_app': {'name': 'app'}},
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brief', 'level': 'DEBUG'},
                 'curly': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'curly', 'filters': ['only_app']}},
    'loggers': {'app': {'level': 'INFO', 'handlers': ['curly'], 'propagate': True},
                'quiet': {'level': 'ERROR', 'handlers': ['out'], 'propagate': False}},
    'root': {'level': 'WARNING', 'handlers': ['out']},
})
logging.getLogger('app').info('app info')
logging.getLogger('app.sub').warning('child warning')
logging.getLogger('app').debug('hidden debug')
logging.getLogger('quiet').warning('hidden warning')
logging.getLogger('quiet').error('quiet error')
logging.getLogger('other').warning('root warning')
old.warning('disabled existing logger')
print(old.disabled, logging.getLogger('app').level, logging.root.level, [h.name for h in logging.root.handlers])
for cfg in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'nope.Nope'}}},
            {'version': 1, 'loggers': {'a': {'level': 'LOUD'}}}]:
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except ValueError as e:
        print('ValueError', e)
