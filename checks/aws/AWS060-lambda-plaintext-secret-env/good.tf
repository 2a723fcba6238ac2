variable "api_token" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
      API_TOKEN              = var.api_token
      TOKEN_TTL_SECONDS      = ""
    }
  }
}
