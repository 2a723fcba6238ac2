variable "tracing_mode" {
  type = string
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  tracing_config {
    mode = var.tracing_mode
  }
}
