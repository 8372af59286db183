# found because the folder is first on sys.path (folder_main.py)
WHERE = "appdir_helper from the folder"
