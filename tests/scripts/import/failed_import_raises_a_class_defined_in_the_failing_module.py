# Regression: a failed import whose exception class lives in the failing module crashed
# (the module is dropped on failure, and the instance did not keep its class alive).
import failing_settings
