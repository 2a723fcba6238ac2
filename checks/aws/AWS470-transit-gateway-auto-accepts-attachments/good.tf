resource "aws_ec2_transit_gateway" "core" {
  description = "core"
}

resource "aws_ec2_transit_gateway" "edge" {
  description                    = "edge"
  auto_accept_shared_attachments = "disable"
}
