resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id          = "vpc-0123456789abcdef0"
  service_name    = "com.amazonaws.eu-west-1.dynamodb"
  route_table_ids = ["rtb-0123456789abcdef0"]
}

resource "aws_vpc_endpoint" "dynamodb_assoc" {
  vpc_id       = "vpc-0123456789abcdef0"
  service_name = "com.amazonaws.eu-west-1.dynamodb"
}

resource "aws_vpc_endpoint_route_table_association" "private" {
  route_table_id  = "rtb-0123456789abcdef0"
  vpc_endpoint_id = aws_vpc_endpoint.dynamodb_assoc.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = "vpc-0123456789abcdef0"
  service_name = "com.amazonaws.eu-west-1.s3"
}
