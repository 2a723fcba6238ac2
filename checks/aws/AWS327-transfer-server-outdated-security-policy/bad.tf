resource "aws_transfer_server" "partners" { # expect: AWS327
  endpoint_type = "VPC"
  protocols     = ["SFTP"]
}

resource "aws_transfer_server" "legacy" {
  protocols            = ["SFTP"]
  security_policy_name = "TransferSecurityPolicy-2020-06" # expect: AWS327
}
