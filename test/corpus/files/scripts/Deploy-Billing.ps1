#Requires -Modules Az.Accounts
param([string]$Environment = "prod")

$env:AZURE_CLIENT_SECRET = "FC98Q~6efNP7xPeKZZSjyV8rmU9hU2eT.QHTu_ND"
$password = ConvertTo-SecureString "x36v%FkXxA74" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("sqladmin", $password)
$connectionString = "Server=tcp:acme.database.windows.net,1433;Database=billing;User ID=sqladmin;Password=iX3K#XEfJU89;"
$storageKey = "L0KFH6RSvVus3IEQzg7zi6VbXCykty0SzHrpnMsl1tA6igCuQAJK8nIvIAjSqp6t1zHacWx8KWEng1bs3HHP74=="
$token = $env:GITHUB_TOKEN
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $TenantId
