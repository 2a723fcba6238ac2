resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "orders" {
  resource_arn = aws_appsync_graphql_api.orders.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}

# Reachable only through an interface endpoint of the VPC.
resource "aws_appsync_graphql_api" "internal" {
  name                = "internal"
  authentication_type = "AWS_IAM"
  visibility          = "PRIVATE"
}
