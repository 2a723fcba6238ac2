resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_hosted_zone_dnssec" "public" {
  hosted_zone_id = aws_route53_zone.public.id
}

resource "aws_route53_zone" "internal" {
  name = "corp.internal"
  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
