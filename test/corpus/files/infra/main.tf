provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAFTCF2B35GLAM3DLF"
  secret_key = "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"
}

resource "aws_db_instance" "orders" {
  engine   = "postgres"
  username = "orders"
  password = var.db_password
}

resource "azurerm_mssql_server" "billing" {
  administrator_login = "sqladmin"
  administrator_login_password = "aqw8*4LuPh90"
}

locals {
  storage_account_key = "4A+xrtCszNZYEFUXZTe6vO8PfXxrJAkkVFl8pc7c6HqdrUcv6xtXs2Aknuu5KI2s+Cqj99CJKENUDIEFdhkwcT=="
  vault_token = data.vault_generic_secret.ci.data["token"]
  tfc_token = "vF3OC6n5a9Nn3j.atlasv1.bUszzEH75y1fd06JneW0kZTnBkhoCjA2is8NjmFeNPEqtFn91fUTRMAosXrXCMN3VHI"
}
