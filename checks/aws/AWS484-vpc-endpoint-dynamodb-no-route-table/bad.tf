resource "aws_vpc_endpoint" "dynamodb" { # expect: AWS484
  vpc_id       = "vpc-0123456789abcdef0"
  service_name = "com.amazonaws.eu-west-1.dynamodb"
}
