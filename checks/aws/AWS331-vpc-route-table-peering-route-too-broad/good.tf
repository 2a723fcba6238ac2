resource "aws_route_table" "private" {
  vpc_id = "vpc-0123456789abcdef0"
  route {
    cidr_block                = "10.20.0.0/16"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }
}
