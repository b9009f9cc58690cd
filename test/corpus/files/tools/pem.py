PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
def is_private_key(text):
    return text.lstrip().startswith(PEM_HEADER)
