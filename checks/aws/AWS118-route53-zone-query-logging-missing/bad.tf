resource "aws_route53_zone" "public" { # expect: AWS118
  name = "example.com"
}
