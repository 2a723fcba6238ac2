resource "aws_transfer_server" "partners" { # expect: AWS127
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
}

resource "aws_transfer_server" "legacy" {
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "PUBLIC" # expect: AWS127
}
