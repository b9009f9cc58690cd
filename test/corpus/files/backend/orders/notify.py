logger.info("password", "reset requested")
pw = pygame.display.set_mode((640, 480))
API_KEY = "abc123def456"  # docs placeholder
subprocess.run(["useradd", "--password", "$(openssl passwd -1 x)", name])
cursor.execute("ALTER USER app IDENTIFIED BY :pw", {"pw": new_password})
print(password, "is too short")
resp = requests.get(f"https://{user}:{password}@{host}/api")
DB = {"user": "orders", "password": "g9uZ!HGjpO95"}
client = Client(api_key="OBkOrzurCRXuV7")
