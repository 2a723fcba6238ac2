resource "aws_transfer_server" "partners" {
  endpoint_type = "VPC"
  protocols     = ["SFTP"]
  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
