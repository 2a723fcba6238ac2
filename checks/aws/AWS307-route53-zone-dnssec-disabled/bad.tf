resource "aws_route53_zone" "public" { # expect: AWS307
  name = "example.com"
}
