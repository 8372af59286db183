# -m mpkg.loader_facts: the module runs as __main__ through its spec's loader, which is
# its __loader__ (named after the module, not __main__), and runpy sets __cached__.
print("module_runs_through_its_loader.py itself must not run")
