import hashlib
import hmac

from orders.signing import sign, token_digest

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
expected_token_hash = "d8f1c719ef5d5d962bb4e8fffb076b62827d8a0bbf69f6078ac7550895d92869"
secret_digest_sha1 = "4544e2a7d3569f3686440b7c082b6ee8880c66fa"
FIXTURE_API_KEY = "test_key_not_a_real_key"

def test_sha1_of_abc():
    assert hashlib.sha1(b"abc").hexdigest() == "a9993e364706816aba3e25717850c26c9cd0d89d"

def test_sign_is_stable():
    assert sign(b"payload", key=b"k") == "442c1993cc22374c364f3fe072e20e9983de4ace2c4fd8d45ec038ebfd688224"
    unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwiYWRtaW4iOnRydWV9."
    token = "tok_" + hashlib.md5(b"seed").hexdigest()
