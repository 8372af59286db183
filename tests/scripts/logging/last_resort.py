# logging without configuration: warnings and above go to stderr through the last resort handler
import logging
log = logging.getLogger('quiet')
log.info('dropped')
log.warning('last resort %s', 'handler')
log.error('error line')
print('stdout line')
