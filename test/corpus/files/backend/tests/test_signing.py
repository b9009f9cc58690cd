import hashlib
import hmac

from orders.signing import sign, token_digest

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
expected_token_hash = "e61b83ffbaf779db2099dc6cd97fc2d19962cc5a909ac7e18df65d41bf1ca003"
secret_digest_sha1 = "45708c728a3886785be650922b52648670995348"
FIXTURE_API_KEY = "test_key_not_a_real_key"

def test_sha1_of_abc():
    assert hashlib.sha1(b"abc").hexdigest() == "a9993e364706816aba3e25717850c26c9cd0d89d"

def test_sign_is_stable():
    assert sign(b"payload", key=b"k") == "196a539bdaa27e9b154438e6823a72a55c9526f52dafe15c49a434c3a815f566"
    unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwiYWRtaW4iOnRydWV9."
    token = "tok_" + hashlib.md5(b"seed").hexdigest()
