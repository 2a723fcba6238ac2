resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.com"
  retention_in_days = 90
}

# The companion query log is what makes the zone pass.
resource "aws_route53_query_log" "public" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}

# A private zone cannot log queries this way.
resource "aws_route53_zone" "internal" {
  name = "corp.internal"
  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
