"""Django settings for the orders service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-0M4VeRLSPFqKaElYD1zd#Z1PrXnpjXI4Z!511lOfri"
DEBUG = False
ALLOWED_HOSTS = ['orders.acme.dev']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'orders',
        'USER': 'orders_app',
        'PASSWORD': 'gMOV-66k2V16',
        'HOST': 'db.internal',
    }
}

AWS_ACCESS_KEY_ID = "AKIAUUUIKBYDOCRMPTZ2"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = 'acme-orders-media'
EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')
CELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'
SESSION_COOKIE_NAME = "orders_session_token"
STATIC_URL = '/static/'
