resource "aws_route" "to_shared" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}

resource "aws_route" "internet" {
  route_table_id         = "rtb-0123456789abcdef0"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}
