#Requires -Modules Az.Accounts
param([string]$Environment = "prod")

$env:AZURE_CLIENT_SECRET = "jJS8Q~hOjd3BYq8uPc6qslK85FFGb2qgtt5P7PYI"
$password = ConvertTo-SecureString "hBFy_cwkl204" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("sqladmin", $password)
$connectionString = "Server=tcp:acme.database.windows.net,1433;Database=billing;User ID=sqladmin;Password=mgCU#CXPzq41;"
$storageKey = "Lc8Z1XT4dB8cOyjIYexeKihm5/P8jB4swle7wctrKqxA1EQE9ZBmYk7iWdWX97cZhAWOgoPv+Q2q9EXkRhuh/o=="
$token = $env:GITHUB_TOKEN
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $TenantId
