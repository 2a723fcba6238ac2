variable "auth" {
  type = string
}

resource "aws_lambda_function_url" "api" {
  function_name      = "api"
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "configurable" {
  function_name      = "configurable"
  authorization_type = var.auth
}
