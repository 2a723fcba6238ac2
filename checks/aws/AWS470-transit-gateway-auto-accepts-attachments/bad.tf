resource "aws_ec2_transit_gateway" "core" {
  description                    = "core"
  auto_accept_shared_attachments = "enable" # expect: AWS470
}
