provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIALTCWZRU7MB4LE6NE"
  secret_key = "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"
}

resource "aws_db_instance" "orders" {
  engine   = "postgres"
  username = "orders"
  password = var.db_password
}

resource "azurerm_mssql_server" "billing" {
  administrator_login = "sqladmin"
  administrator_login_password = "UESq!B9eyR97"
}

locals {
  storage_account_key = "L3UcbSWfa2SxtsXdSZVsJXVUefwT7IpOmhkyPRsI7uoLF1FKU0RPuVY8aR0RUYcoShZ59IhD3Qzzs2KHw/QgWB=="
  vault_token = data.vault_generic_secret.ci.data["token"]
  tfc_token = "G9IzoVtfN6Xbpz.atlasv1.4lO2yw9omsf--kkJOvPqcIX-hORUAjnfjj--KY3ufXKep2IXMFmBogFX2yoK_BCmWxs"
}
