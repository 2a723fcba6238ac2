variable "api_arn" {
  type = string
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
}

# The ARN comes from outside: it may be this API's.
resource "aws_wafv2_web_acl_association" "any" {
  resource_arn = var.api_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}
