"""Django settings for the orders service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-b7f0Kv8OJ28wQ3MFe5DQ#iSphBYT8sUhl!oF11loMK"
DEBUG = False
ALLOWED_HOSTS = ['orders.acme.dev']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'orders',
        'USER': 'orders_app',
        'PASSWORD': 'dYW8#jT7th45',
        'HOST': 'db.internal',
    }
}

AWS_ACCESS_KEY_ID = "AKIAM4OMWHGYKICQEBE7"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = 'acme-orders-media'
EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')
CELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'
SESSION_COOKIE_NAME = "orders_session_token"
STATIC_URL = '/static/'
