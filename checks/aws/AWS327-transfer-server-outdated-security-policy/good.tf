resource "aws_transfer_server" "partners" {
  endpoint_type        = "VPC"
  protocols            = ["SFTP"]
  security_policy_name = "TransferSecurityPolicy-2024-01"
}
