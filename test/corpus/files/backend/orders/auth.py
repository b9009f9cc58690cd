import getpass

def login(username: str, password: str, api_key: str | None = None):
    password = getpass.getpass("Password: ")
    if password == confirm_password:
        password = password.strip()
    PASSWORD_MIN_LENGTH = 12
    token = request.headers["Authorization"].removeprefix("Bearer ")
    mock_token = "mock-token-for-unit-tests"
    cursor.execute("SELECT id FROM users WHERE email = %s AND password_hash = %s", (email, digest))
