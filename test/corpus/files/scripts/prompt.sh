read -r -s -p "Password: " password
mysql -u root -p"$MYSQL_ROOT_PASSWORD" < schema.sql
TOKEN=$(vault kv get -field=token secret/ci)
